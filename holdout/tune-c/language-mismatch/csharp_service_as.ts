// Services/EmailQueueService.cs
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Notifications.Services;

public sealed class EmailQueueService : BackgroundService
{
    private readonly Channel<EmailMessage> _queue = Channel.CreateBounded<EmailMessage>(500);
    private readonly IEmailSender _sender;
    private readonly ILogger<EmailQueueService> _logger;

    public EmailQueueService(IEmailSender sender, ILogger<EmailQueueService> logger)
    {
        _sender = sender;
        _logger = logger;
    }

    public ValueTask EnqueueAsync(EmailMessage message, CancellationToken ct = default) =>
        _queue.Writer.WriteAsync(message, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await _sender.SendAsync(message, stoppingToken);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Failed to send email to {Recipient}", message.To);
            }
        }
    }
}
