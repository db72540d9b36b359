import * as fs from 'fs';
import * as os from 'os';

/** The machine and the versions the figures were measured with, as a Markdown list. */
export function describeMachine(): string {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js: ${process.versions.node}`,
    `- aws-cdk-lib: ${versionOf('aws-cdk-lib')}`,
    `- @aws-sdk/client-pinpoint-sms-voice-v2: ${versionOf('@aws-sdk/client-pinpoint-sms-voice-v2')}`,
  ].join('\n');
}

function versionOf(packageName: string): string {
  const manifest = fs.readFileSync(require.resolve(`${packageName}/package.json`), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}
