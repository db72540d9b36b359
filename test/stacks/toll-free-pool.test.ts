import { App, Stack } from 'aws-cdk-lib';
import { Template as Assertions } from 'aws-cdk-lib/assertions';
import { MessageType, NumberCapability, NumberType, PhoneNumber, Pool } from '../../src';
import { isSmsResource } from '../local-deploy/deployed-resource';
import { OperationResult } from '../local-deploy/operation';
import { smsInventory } from '../local-deploy/sms-inventory';
import { useEmulator } from '../local-deploy/support/use-emulator';
import { Template } from '../local-deploy/template';

/**
 * A US toll-free number, as the README first shows it, and, when `withPool`, a pool made of it
 * (after an ACTIVE simulator number, when `afterActive`).
 */
function tollFreeApp(withPool: boolean, afterActive = false): Template {
  const stack = new Stack(new App(), 'Support');
  const numberProps = { isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, numberCapabilities: [NumberCapability.SMS] };
  const number = new PhoneNumber(stack, 'TollFree', { ...numberProps, numberType: NumberType.TOLL_FREE });
  const identities = afterActive ? [new PhoneNumber(stack, 'Simulator', { ...numberProps, numberType: NumberType.SIMULATOR }), number] : [number];
  if (withPool) new Pool(stack, 'Pool', { originationIdentities: identities, isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
  return Assertions.fromStack(stack).toJSON() as Template;
}

describe('a US toll-free pool, whose number waits days for its registration', () => {
  const bed = useEmulator();
  const exchangeOf = (result: OperationResult, logicalId: RegExp) =>
    result.exchanges.find(exchange => logicalId.test(exchange.request.LogicalResourceId))!;

  test('deployed in one go, fails at once, naming the number that is not ACTIVE and the next step, and leaves nothing behind', async () => {
    const result = await bed().stack('Support').deploy(tollFreeApp(true));

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([expect.objectContaining({ logicalId: expect.stringMatching(/^Pool/), requestType: 'Create' })]);
    expect(result.failures[0].reason).toMatch(new RegExp("ConflictException RESOURCE_NOT_ACTIVE: phone-number 'phone-\\w+' is not ACTIVE yet .*, so pool '.+' cannot take it\\. "
      + 'A US toll-free or 10DLC number stays PENDING until its registration is approved, which takes days: deploy the number and its registration first, '
      + 'submit the registration, and add the number in a later deployment, once it is ACTIVE'));
    // The number did not wait for ACTIVE, and the pool did not poll: neither waited in silence.
    expect(exchangeOf(result, /^TollFree/).isCompleteInvocations).toBe(1);
    expect(exchangeOf(result, /^Pool/).isCompleteInvocations).toBe(0);
    expect(exchangeOf(result, /^TollFree/).logs).toContain(
      'not waiting for ACTIVE (waitForActive is false): the number is PENDING: a US toll-free number becomes ACTIVE only once its registration is approved, which takes days');
    expect(result.retained.filter(resource => isSmsResource(resource.type))).toEqual([]);
    expect((await smsInventory(bed().client)).filter(resource => resource.kind === 'phone-number')).toEqual([]);
  });

  test('as the second identity of a pool, fails at the association, without polling for the hour the provider would wait', async () => {
    const result = await bed().stack('Support').deploy(tollFreeApp(true, true));

    expect(result.status).toBe('ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([expect.objectContaining({ logicalId: expect.stringMatching(/^Pool/) })]);
    expect(result.failures[0].reason).toMatch(/RESOURCE_NOT_ACTIVE: phone-number 'phone-\w+' is not ACTIVE yet .*A US toll-free or 10DLC number stays PENDING/);
    expect(exchangeOf(result, /^Pool/).isCompleteInvocations).toBe(1);
  });

  test.each([false, true])('a number that does wait shows why, and for how long, in the runner\'s progress lines (parallel: %s)', async parallel => {
    bed().emulator.configure({ statusDelays: { 'phone-number': 300 } });
    const stack = bed().stack('Support', { parallel });
    const template = tollFreeApp(false);
    const number = Object.values(template.Resources).find(resource => resource.Type === 'Custom::SmsVoicePhoneNumber')!;
    Object.assign(number.Properties!, { NumberType: 'LONG_CODE', WaitForActive: true });

    expect((await stack.deploy(template)).status).toBe('CREATE_COMPLETE');
    expect(bed().output.lines).toContainEqual(expect.stringMatching(
      /\| CREATE_IN_PROGRESS +\| Custom::SmsVoicePhoneNumber +\| TollFree\w* still waiting: the number is PENDING; waiting for ACTIVE \(waitForActive\), so far \d+\.\ds$/));
  });

  test('deployed as the README says, the number first and the pool once the number is ACTIVE, succeeds', async () => {
    const stack = bed().stack('Support');
    const first = await stack.deploy(tollFreeApp(false));
    expect(first.status).toBe('CREATE_COMPLETE');
    const numberId = stack.resources().find(resource => resource.logicalId.startsWith('TollFree'))!.physicalId;

    bed().emulator.setStatus(numberId, { kind: 'phone-number', status: 'ACTIVE' });
    const second = await stack.deploy(tollFreeApp(true));

    expect(second.status).toBe('UPDATE_COMPLETE');
    expect((await smsInventory(bed().client)).filter(resource => resource.kind === 'pool')).toHaveLength(1);
  });
});
