using System.ComponentModel.DataAnnotations;

namespace Clinic.Api.Contracts;

public record AppointmentRequest(
    [Required] Guid PatientId,
    [Required] Guid DoctorId,
    DateTimeOffset StartsAt,
    int DurationMinutes = 30);

public sealed class AppointmentValidator
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromHours(2);

    public IEnumerable<string> Validate(AppointmentRequest request)
    {
        if (request.StartsAt < DateTimeOffset.UtcNow)
            yield return "Appointment must be in the future.";
        if (request.DurationMinutes <= 0 || TimeSpan.FromMinutes(request.DurationMinutes) > MaxDuration)
            yield return $"Duration must be between 1 and {MaxDuration.TotalMinutes} minutes.";
        if (request.StartsAt.Hour is < 8 or >= 18