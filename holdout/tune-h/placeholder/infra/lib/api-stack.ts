import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import { Construct } from 'constructs';

export interface ApiStackProps extends cdk.StackProps {
  imageTag: string;
  desiredCount?: number;
}

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    // VPC with 2 AZs + public/private subnets, exactly like the staging stack

    const cluster = new ecs.Cluster(this, 'Cluster', { vpc, containerInsights: true });

    const service = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Api', {
      cluster,
      cpu: 512,
      memoryLimitMiB: 1024,
      desiredCount: props.desiredCount ?? 2,
      publicLoadBalancer: true,
      taskImageOptions: {
        image: ecs.ContainerImage.fromRegistry(`ghcr.io/acme/api:${props.imageTag}`),
        containerPort: 8080,
        environment: { NODE_ENV: 'production' },
      },
    });

    service.targetGroup.configureHealthCheck({ path: '/healthz', healthyHttpCodes: '200' });

    const scaling = service.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 10 });
    scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });

    new cdk.CfnOutput(this, 'Url', { value: service.loadBalancer.loadBalancerDnsName });
  }
}
