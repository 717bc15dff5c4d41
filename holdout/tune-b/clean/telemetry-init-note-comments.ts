import { NodeSDK } from "@opentelemetry/sdk-node";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";

export interface TelemetryOptions {
  serviceName: string;
  // Other fields are optional
  endpoint?: string;
  sampleRatio?: number;
}

let sdk: NodeSDK | undefined;

// Note: this must run before init() of the HTTP server, otherwise the
// instrumentation cannot patch the modules that are already loaded.
export function startTelemetry({ serviceName, endpoint }: TelemetryOptions) {
  sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: endpoint ?? "http://localhost:4318/v1/traces" }),
  });
  sdk.start();
}

export async function stopTelemetry() {
  await sdk?.shutdown();
}
