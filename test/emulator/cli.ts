/**
 * Runs the emulator in the foreground until SIGINT or SIGTERM:
 *
 *   npx ts-node --transpile-only test/emulator/cli.ts [--port N] [--quotas off|realistic]
 *     [--status-delay <kind>=<ms>]... [--region R] [--account-id ID]
 *
 * The port comes from --port, else SMS_EMULATOR_PORT, else 4566 (0 picks a free one).
 */
import { RESOURCE_TYPES } from './generated/operations.generated';
import type { EmulatorOptions, ResourceKind } from './options';
import { startEmulator } from './server';

const DEFAULT_PORT = 4566;

export function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv): EmulatorOptions {
  const statusDelays: { [kind in ResourceKind]?: number } = {};
  let port = env.SMS_EMULATOR_PORT !== undefined ? integer(env.SMS_EMULATOR_PORT, 'SMS_EMULATOR_PORT') : DEFAULT_PORT;
  let quotas: EmulatorOptions['quotas'];
  let region: string | undefined;
  let accountId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--port':
        port = integer(value(), flag);
        break;
      case '--quotas': {
        const setting = value();
        if (setting !== 'off' && setting !== 'realistic') throw new Error(`--quotas must be off or realistic, not ${setting}`);
        quotas = setting;
        break;
      }
      case '--status-delay': {
        const [kind, ms] = value().split('=');
        if (!RESOURCE_TYPES.includes(kind)) throw new Error(`--status-delay: ${kind} is not a resource kind (${RESOURCE_TYPES.join(', ')})`);
        statusDelays[kind as ResourceKind] = integer(ms ?? '', `--status-delay ${kind}`);
        break;
      }
      case '--region':
        region = value();
        break;
      case '--account-id':
        accountId = value();
        break;
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  return { port, quotas, region, accountId, statusDelays };
}

function integer(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a non-negative integer, not '${text}'`);
  return Number(text);
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env);
  const emulator = await startEmulator(options);
  console.log(`SMS v2 emulator listening on ${emulator.endpoint}`);
  console.log(`  AWS_ENDPOINT_URL=${emulator.endpoint} AWS_REGION=${options.region ?? 'us-east-1'}`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    emulator.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
