import * as path from 'path';
import { PACING_INTERVAL_VARIABLE } from '../../lambda/sms-provider/pacing';

/** The region and account the emulator uses unless told otherwise. */
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '123456789012';

const NO_SUCH_FILE = path.join(__dirname, 'no-such-aws-file');

export interface HandlerEnvironmentOptions {
  /**
   * The handler's interval between calls of the same action, in ms (SMS_PROVIDER_PACING_INTERVAL_MS):
   * 0 against an emulator whose quotas are off.
   * @default the handler's own: the service's quotas (1 s per action; DeleteOptedOutNumber 100 ms)
   */
  readonly pacingIntervalMs?: number;
}

/**
 * The environment the handler runs with: the SMS v2 endpoint (the generic and the service-specific
 * variable, so a developer's own setting cannot point it elsewhere), a region and dummy credentials,
 * nothing read from ~/.aws or the instance metadata service, and the pacing asked for (unset
 * otherwise, so that a developer's own setting does not change it either).
 */
export function handlerEnvironment(
  endpoint: string,
  region: string,
  options: HandlerEnvironmentOptions = {},
): { readonly [name: string]: string | undefined } {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: endpoint,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: 'AKIDLOCALDEPLOY',
    AWS_SECRET_ACCESS_KEY: 'local-deploy-not-a-secret',
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_CONFIG_FILE: NO_SUCH_FILE,
    AWS_SHARED_CREDENTIALS_FILE: NO_SUCH_FILE,
    AWS_EC2_METADATA_DISABLED: 'true',
    // Lambda runs Node.js 22; the end-of-life notice for this machine's Node.js 20 is noise here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    [PACING_INTERVAL_VARIABLE]: options.pacingIntervalMs === undefined ? undefined : String(options.pacingIntervalMs),
  };
}
