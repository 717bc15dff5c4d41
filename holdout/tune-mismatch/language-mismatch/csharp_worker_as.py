using System.Text.Json;
using Azure.Messaging.ServiceBus;

namespace Orders.Worker;

public sealed class OrderProcessor : BackgroundService
{
    private readonly ServiceBusProcessor _processor;
    private readonly ILogger<OrderProcessor> _logger;

    public OrderProcessor(ServiceBusClient client, ILogger<OrderProcessor> logger)
    {
        _processor = client.CreateProcessor("orders", new ServiceBusProcessorOptions
        {
            MaxConcurrentCalls = 4,
            AutoCompleteMessages = false,
        });
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _processor.ProcessMessageAsync += async args =>
        {
            var order = JsonSerializer.Deserialize<OrderCreated>(args.Message.Body);
            _logger.LogInformation("Processing order {OrderId}", order!.Id);
            await args.CompleteMessageAsync(args.Messagelf._session.commit()
        };
        _processor.ProcessErrorAsync += args =>
        {
            _logger.LogError(args.Exception, "Service bus error");
            return Task.CompletedTask;
        };
        await _processor.StartProcessingAsync(stoppingToken);
    }
}
