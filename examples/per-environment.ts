// One app, two environments, as a CDK Pipelines app deploys them: a `dev` and a `prod` Stage, each
// with its own protect configuration, sender ID and transactional configuration set. Construct
// names include the stage, so nothing collides when both stages share an account.
//
// What is account-wide (the monthly spend limits and the account's default protect configuration)
// can exist once per account and region: one `sms-account` stage per account holds them, with the
// largest spend limit of the environments it serves. Prod keeps its sender ID when its stack is
// deleted; dev deletes everything.
//
// Accounts come from the context (`-c devAccount=111111111111 -c prodAccount=222222222222
// -c region=eu-west-1`). Without them both stages are environment-agnostic, deployed to the CLI's
// account, and share one sms-account stage.
//
// Version 2 of the app (`-c version=v2`) is the update the demo deploys next: prod allows SMS to
// Mexico too, and its spend limit is raised.
import { App, Environment, RemovalPolicy, Stack, Stage } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  AccountSettings,
  ConfigurationSet,
  CountryRuleSet,
  MessageType,
  ProtectConfiguration,
  SenderId,
} from 'cdk-end-user-messaging-sms';

/** What differs between environments. */
interface MessagingEnvironment {
  readonly name: string;
  readonly env: Environment;
  readonly textMessageMonthlySpendLimit: number;
  readonly smsCountries: string[];
  readonly senderId: string;
  readonly removalPolicy: RemovalPolicy;
}

/** What one environment sends with: its own protect configuration, sender ID and configuration set. */
class MessagingStage extends Stage {
  constructor(scope: Construct, environment: MessagingEnvironment) {
    super(scope, environment.name, { env: environment.env });
    const stack = new Stack(this, 'Messaging');
    const protection = new ProtectConfiguration(stack, 'Protection', {
      countryRuleSets: { sms: CountryRuleSet.allowOnly(environment.smsCountries) },
      tags: { environment: environment.name },
    });
    new SenderId(stack, 'Brand', {
      senderId: environment.senderId,
      isoCountryCode: 'GB',
      removalPolicy: environment.removalPolicy,
    });
    new ConfigurationSet(stack, 'Transactional', {
      defaultMessageType: MessageType.TRANSACTIONAL,
      defaultSenderId: environment.senderId,
      protectConfiguration: protection,
      tags: { environment: environment.name },
    });
  }
}

/** What is account-wide, once per account and region, for every environment deployed there. */
class SmsAccountStage extends Stage {
  constructor(scope: Construct, environments: readonly MessagingEnvironment[]) {
    super(scope, `sms-account-${environments.map(environment => environment.name).join('-')}`, { env: environments[0].env });
    const stack = new Stack(this, 'SmsAccount');
    new AccountSettings(stack, 'SpendLimits', {
      textMessageMonthlySpendLimit: Math.max(...environments.map(environment => environment.textMessageMonthlySpendLimit)),
    });
    new ProtectConfiguration(stack, 'AccountDefault', {
      countryRuleSets: { sms: CountryRuleSet.block(['CU', 'IR', 'KP', 'SY']) },
      accountDefault: true,
    });
  }
}

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const region: string | undefined = app.node.tryGetContext('region');
const environments: MessagingEnvironment[] = [
  {
    name: 'dev',
    env: { account: app.node.tryGetContext('devAccount'), region },
    textMessageMonthlySpendLimit: 10,
    smsCountries: ['US'],
    senderId: 'ACMEDEV',
    removalPolicy: RemovalPolicy.DESTROY,
  },
  {
    name: 'prod',
    env: { account: app.node.tryGetContext('prodAccount'), region },
    textMessageMonthlySpendLimit: v2 ? 2_000 : 1_000,
    smsCountries: v2 ? ['US', 'CA', 'MX'] : ['US', 'CA'],
    senderId: 'ACME',
    removalPolicy: RemovalPolicy.RETAIN,
  },
];

const byAccount = new Map<string, MessagingEnvironment[]>();
for (const environment of environments) {
  const key = `${environment.env.account ?? 'agnostic'}/${environment.env.region ?? 'agnostic'}`;
  byAccount.set(key, [...byAccount.get(key) ?? [], environment]);
}
for (const sharing of byAccount.values()) new SmsAccountStage(app, sharing);
for (const environment of environments) new MessagingStage(app, environment);

app.synth();
