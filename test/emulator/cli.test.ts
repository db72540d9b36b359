import { ChildProcess, spawn } from 'child_process';
import { once } from 'events';
import * as net from 'net';
import * as path from 'path';
import { DescribeConfigurationSetsCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { parseArguments } from './cli';
import { clientFor } from './support';

describe('parseArguments', () => {
  test('the port comes from --port, else SMS_EMULATOR_PORT, else 4566', () => {
    expect(parseArguments(['--port', '5000'], { SMS_EMULATOR_PORT: '6000' }).port).toBe(5000);
    expect(parseArguments([], { SMS_EMULATOR_PORT: '6000' }).port).toBe(6000);
    expect(parseArguments([], {}).port).toBe(4566);
  });

  test('reads quotas, status delays, region and account', () => {
    expect(parseArguments(['--quotas', 'realistic', '--status-delay', 'pool=250', '--region', 'eu-west-1', '--account-id', '111122223333'], {}))
      .toEqual({ port: 4566, quotas: 'realistic', statusDelays: { pool: 250 }, region: 'eu-west-1', accountId: '111122223333' });
  });

  test.each([
    [['--port', 'x']],
    [['--port']],
    [['--quotas', 'fast']],
    [['--status-delay', 'spaceship=10']],
    [['--status-delay', 'pool']],
    [['--verbose']],
  ])('rejects %j', argv => {
    expect(() => parseArguments(argv, {})).toThrow();
  });
});

describe('the CLI', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  test('starts on the given port, answers the SDK, and stops on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'cli.ts'), '--port', String(port)], {
      cwd: path.join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const endpoint = `http://127.0.0.1:${port}`;
    // ts-node transpiles the whole emulator first: on a loaded CI machine that takes more than 10 s
    await waitFor(() => output.includes(endpoint), 40_000);

    const sms = clientFor(endpoint);
    try {
      const { ConfigurationSets } = await sms.send(new DescribeConfigurationSetsCommand({}));
      expect(ConfigurationSets).toEqual([]);
    } finally {
      sms.destroy();
    }

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 20_000);
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the CLI to start');
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}
