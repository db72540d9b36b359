import { CreateConfigurationSetCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template as Assertions } from 'aws-cdk-lib/assertions';
import {
  ConfigurationSet, MessageType, NumberCapability, NumberType, OptOutList, PhoneNumber, Registration, RegistrationType, SenderId,
} from '../../src';
import { isSmsResource } from '../local-deploy/deployed-resource';
import { smsInventory } from '../local-deploy/sms-inventory';
import { useEmulator } from '../local-deploy/support/use-emulator';
import { Template } from '../local-deploy/template';

/**
 * A first deployment whose last resource fails: a configuration set whose name the account already
 * has. Everything else it declares was created first, with its default removal policy, or `removalPolicy`.
 */
function firstDeployment(removalPolicy?: RemovalPolicy): Template {
  const stack = new Stack(new App(), 'Shop');
  const optOuts = new OptOutList(stack, 'OptOuts', { optedOutNumbers: ['+12065550100'], removalPolicy });
  const number = new PhoneNumber(stack, 'Number', {
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    numberCapabilities: [NumberCapability.SMS],
    numberType: NumberType.SIMULATOR,
    optOutList: optOuts,
    removalPolicy,
  });
  const brand = new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB', removalPolicy });
  const registration = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE, removalPolicy });
  const taken = new ConfigurationSet(stack, 'Taken', { configurationSetName: 'taken' });
  for (const created of [number, brand, registration]) taken.node.addDependency(created);
  return Assertions.fromStack(stack).toJSON() as Template;
}

describe('a first deployment that fails and rolls back', () => {
  const bed = useEmulator();

  async function deployFailing(template: Template) {
    await bed().client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'taken' }));
    const before = await smsInventory(bed().client);
    const result = await bed().stack('Shop').deploy(template);
    const left = (await smsInventory(bed().client)).filter(resource => !before.some(b => b.arn === resource.arn));
    return { result, left: left.map(resource => resource.kind).sort() };
  }

  test('leaves nothing to pay for: the opt-out list, number, sender ID and registration it created are removed with their defaults', async () => {
    const { result, left } = await deployFailing(firstDeployment());

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([expect.objectContaining({ logicalId: expect.stringMatching(/^Taken/) })]);
    expect(result.retained.filter(resource => isSmsResource(resource.type))).toEqual([]);
    expect(left).toEqual([]);
  });

  test('keeps what RemovalPolicy.RETAIN keeps, even then', async () => {
    const { result, left } = await deployFailing(firstDeployment(RemovalPolicy.RETAIN));

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(left).toEqual(['opt-out-list', 'phone-number', 'registration', 'sender-id']);
  });
});
