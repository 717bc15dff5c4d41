CREATE OR ALTER PROCEDURE dbo.usp_SubmitLoanApplication
    @ApplicantId INT,
    @Amount      DECIMAL(12, 2),
    @TermMonths  INT
AS
BEGIN
    SET NOCOUNT ON;

    /* ...existing code... */

    INSERT INTO dbo.LoanApplications (ApplicantId, Amount, TermMonths, Status, SubmittedAt)
    VALUES (@ApplicantId, @Amount, @TermMonths, N'submitted', SYSUTCDATETIME());

    SELECT SCOPE_IDENTITY() AS ApplicationId;
END;
GO
