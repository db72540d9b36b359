/**
 * What the handler bundle has in place of `@aws-sdk/credential-provider-node` (an esbuild alias in
 * .projenrc.ts). A Lambda function's credentials are always in its environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the rest of the SDK's default
 * chain (profiles, SSO, web identity, instance metadata), and the STS and SSO clients it carries,
 * would only make the bundle larger and its cold start slower.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
