import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The newest Node.js runtime aws-cdk-lib offers; the bundles target it too. */
export const RUNTIME = lambda.Runtime.NODEJS_24_X;
const ESBUILD_TARGET = 'node24';
/** Relative to the project root, where NodejsFunction runs esbuild. */
const LAMBDA_CREDENTIALS = 'lambdas/adapters/lambda-credentials.ts';
const NO_EVENT_STREAMS = 'lambdas/adapters/no-event-streams.ts';
const NO_ENDPOINT_DISCOVERY = 'lambdas/adapters/no-endpoint-discovery.ts';

export interface NodeFunctionProps {
  /** The handler file (exports `handler`). */
  readonly entry: string;
  readonly description: string;
  /** Values bundled into the code at build time (esbuild `define`): the practice config. */
  readonly define: Record<string, string>;
  readonly environment?: Record<string, string>;
  /** Reserved concurrency: caps cost and protects the table. */
  readonly reservedConcurrency: number;
  /** Encrypts the function's log group. */
  readonly encryptionKey: kms.IKey;
  /** @default 90 days */
  readonly logRetention?: logs.RetentionDays;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 512 MB: more memory is more CPU, which shortens the cold start */
  readonly memorySize?: number;
  /**
   * Dependencies that call CommonJS `require` (the X-Ray SDK behind Powertools Tracer): the ESM
   * bundle then starts with the `createRequire` banner. Without it, a stray `require` fails the
   * bundle test loudly. @default false
   */
  readonly requiresCommonJs?: boolean;
  /** For asynchronously invoked functions: where failed events go. */
  readonly deadLetterQueue?: sqs.IQueue;
  /**
   * Adds AWS's Parameters and Secrets extension, through which the function
   * reads a Secrets Manager secret (cached) without an SDK client in its
   * bundle. @default false
   */
  readonly readsSecrets?: boolean;
}

/**
 * One Lambda function with the house defaults: NodejsFunction (esbuild,
 * minified ESM, no source maps), the newest runtime on arm64, active
 * tracing, an encrypted log group with retention, a role that may write only
 * to that log group, and reserved concurrency.
 */
export class NodeFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      encryptionKey: props.encryptionKey,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: writes only to its own log group`,
    });
    this.logGroup.grantWrite(this.role);
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      deadLetterQueue: props.deadLetterQueue,
      paramsAndSecrets: props.readsSecrets
        ? lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
            cacheSize: 10,
            logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
          })
        : undefined,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'signpost',
        ...props.environment,
      },
      bundling: {
        minify: true,
        sourceMap: false,
        target: ESBUILD_TARGET,
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        ...(props.requiresCommonJs ? { banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } : {}),
        define: props.define,
        // The SDK clients are bundled (pinned to the lockfile's versions, tree-shaken, minified) rather
        // than taken from the runtime: the same code that was tested runs, and loads faster.
        bundleAwsSDK: true,
        esbuildArgs: {
          '--legal-comments': 'none',
          // Spanish sentences keep their accents as UTF-8 (2 bytes) rather than escapes such as \xE1 (4 bytes).
          // Through esbuildArgs because aws-cdk-lib accepts `bundling.charset` but does not pass it on
          // (aws/aws-cdk#32649).
          '--charset': 'utf8',
          // In Lambda the role's credentials are in the environment: the SDK's default chain becomes
          // its first link only (lambdas/adapters/lambda-credentials.ts), ~120 KB less per bundle.
          // No function calls an operation that streams events: the SDK's event-stream support, loaded only for such
          // operations, is swapped for a module that says so (lambdas/adapters/no-event-streams.ts), ~20 KB less.
          // DynamoDB discovers endpoints only when told to, and nothing tells it: the cache of discovered endpoints
          // is swapped for an empty one that fails if ever filled (lambdas/adapters/no-endpoint-discovery.ts), ~8 KB less.
          '--alias': [
            `@aws-sdk/credential-provider-node=./${LAMBDA_CREDENTIALS}`,
            `@smithy/core/event-streams=./${NO_EVENT_STREAMS}`,
            `@aws-sdk/endpoint-cache=./${NO_ENDPOINT_DISCOVERY}`,
          ],
        },
      },
    });
  }
}
