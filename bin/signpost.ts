import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { deployedConfigPath, PRACTICE_CONFIG_PATH, readPracticeConfigFile } from '../lambdas/adapters/practice-config-source';
import type { PracticeConfig } from '../lambdas/domain/practice';
import { SignpostStack } from '../lib/signpost-stack';
import { acknowledgeNagFindings } from '../lib/nag-acknowledgements';

function cdkJsonContext(): Record<string, unknown> {
  const file = join(import.meta.dirname, '..', 'cdk.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { context?: Record<string, unknown> }).context ?? {};
}

/** True for the fictional example practice: its addresses and links are on `.example` domains. */
export function isExamplePractice(config: PracticeConfig): boolean {
  const hosts = [config.email.from.split('@')[1] ?? '', new URL(config.practice.website).hostname];
  return hosts.some((host) => host === 'example' || host.endsWith('.example'));
}

/**
 * The CDK app: the only place that reads the environment and context. The
 * practice config is chosen with `-c config=path/to/practice.json` (default:
 * `config/practice.json` when it exists, else the fictional example, with a
 * loud warning) and validated here, so a bad file fails synth with the path
 * of the bad field.
 */
export function buildApp(context: Record<string, unknown> = {}): { app: App; stack: SignpostStack } {
  // The feature flags of cdk.json hold for the tests and the bench too (the CLI passes them itself).
  const app = new App({ context: { ...cdkJsonContext(), ...context } });
  const configPath = (app.node.tryGetContext('config') as string | undefined) ?? deployedConfigPath();
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
  if (isExamplePractice(config)) {
    const warning = `${configPath} is the fictional example practice (its addresses are on .example domains): people would get its emails and links. Copy it to ${PRACTICE_CONFIG_PATH}, make it yours, and deploy with -c config=${PRACTICE_CONFIG_PATH}.`;
    Annotations.of(stack).addWarningV2('signpost:example-practice', warning);
    console.error(`\n*** WARNING: ${warning}\n`);
  }
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
