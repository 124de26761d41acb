import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { DEFAULT_CONFIG_PATH, readPracticeConfigFile } from '../lambdas/adapters/practice-config-source';
import { SignpostStack } from '../lib/signpost-stack';
import { acknowledgeNagFindings } from '../lib/nag-acknowledgements';

/**
 * The CDK app: the only place that reads the environment and context. The
 * practice config is chosen with `-c config=path/to/practice.json` (default:
 * the example) and validated here, so a bad file fails synth with the path
 * of the bad field.
 */
export function buildApp(context: Record<string, unknown> = {}): { app: App; stack: SignpostStack } {
  const app = new App({ context });
  const configPath = (app.node.tryGetContext('config') as string | undefined) ?? DEFAULT_CONFIG_PATH;
  const config = readPracticeConfigFile(configPath);
  if (config.web.turnstile && !config.deploy.turnstileSecretParameter) {
    throw new Error(`${configPath}: web.turnstile is set, so deploy.turnstileSecretParameter must name the SSM SecureString that holds the Turnstile secret`);
  }
  const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'Signpost';
  const stack = new SignpostStack(app, stackName, {
    config,
    description: `Signpost intake workflow for ${config.practice.name}`,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  acknowledgeNagFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildApp().app.synth();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
