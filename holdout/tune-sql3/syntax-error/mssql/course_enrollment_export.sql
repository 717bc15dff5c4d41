-- Export enrollments for the LMS sync
SELECT
    e.EnrollmentId,
    s.StudentId s.Email,
    s.GivenName + N' ' + s.FamilyName AS StudentName,
    c.CourseCode,
    c.Title AS CourseTitle,
    e.EnrolledAt,
    e.CompletionPct
FROM dbo.Enrollments AS e
JOIN dbo.Students AS s ON s.StudentId = e.StudentId
JOIN dbo.Courses AS c ON c.CourseId = e.CourseId
WHERE e.EnrolledAt >= DATEADD(MONTH, -6, GETDATE())
ORDER BY e.EnrolledAt;

SELECT c.CourseCode, COUNT(*) AS Enrolled
FROM dbo.Enrollments AS e
JOIN dbo.Courses AS c ON c.CourseId = e.CourseId
GROUP BY c.CourseCode;
