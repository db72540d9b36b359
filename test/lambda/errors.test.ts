import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  classify,
  conflictFailure,
  ErrorSubject,
  failureMessage,
  MAX_MESSAGE_BYTES,
  notFoundError,
  truncate,
} from '../../lambda/sms-provider/errors';

const $metadata = {};
const subject: ErrorSubject = {
  resourceType: 'configuration set',
  id: 'orders',
  nameProperty: 'configurationSetName',
  importMethod: 'ConfigurationSet.fromConfigurationSetName',
};
const conflict = (Reason: ConflictException['Reason']) => new ConflictException({ message: 'service says no', $metadata, Reason });

describe('classify', () => {
  test.each([
    ['ThrottlingException', new ThrottlingException({ message: 'Rate exceeded', $metadata }), 'retriable'],
    ['InternalServerException', new InternalServerException({ message: 'oops', $metadata }), 'retriable'],
    ['any 5xx', Object.assign(new Error('bad gateway'), { name: 'BadGateway', $metadata: { httpStatusCode: 502 } }), 'retriable'],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'retriable'],
    ['ConflictException RESOURCE_NOT_ACTIVE', conflict('RESOURCE_NOT_ACTIVE'), 'retriable'],
    ['ResourceNotFoundException', new ResourceNotFoundException({ message: 'gone', $metadata }), 'not-found'],
    ['ConflictException RESOURCE_ALREADY_EXISTS', conflict('RESOURCE_ALREADY_EXISTS'), 'fatal'],
    ['ValidationException', new ValidationException({ message: 'bad', $metadata }), 'fatal'],
    ['AccessDeniedException', new AccessDeniedException({ message: 'denied', $metadata }), 'fatal'],
    ['ServiceQuotaExceededException', new ServiceQuotaExceededException({ message: 'full', $metadata }), 'fatal'],
    ['a plain error', new Error('bug'), 'fatal'],
    ['a string', 'bug', 'fatal'],
  ])('%s is %s', (_title, error, expected) => {
    expect(classify(error)).toBe(expected);
  });
});

describe('failureMessage', () => {
  test('RESOURCE_ALREADY_EXISTS says to choose another name or import it', () => {
    expect(failureMessage(conflict('RESOURCE_ALREADY_EXISTS'), subject)).toBe(
      "ConflictException RESOURCE_ALREADY_EXISTS: configuration set 'orders' already exists; choose another configurationSetName"
      + ' or import it with ConfigurationSet.fromConfigurationSetName');
  });

  test('DELETION_PROTECTION_ENABLED names the property to change', () => {
    const message = failureMessage(conflict('DELETION_PROTECTION_ENABLED'), { resourceType: 'pool', id: 'pool-123' });
    expect(message).toMatch(/^ConflictException DELETION_PROTECTION_ENABLED: pool 'pool-123' has deletion protection enabled; set deletionProtection to false/);
    expect(message).toContain('never turns protection off');
  });

  test.each([
    'RESOURCE_NOT_ACTIVE',
    'LAST_PHONE_NUMBER',
    'PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT',
    'PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET',
    'RESOURCE_NOT_EMPTY',
    'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED',
    'REGISTRATION_ALREADY_SUBMITTED',
  ] as const)('%s has its own advice, naming the resource', reason => {
    const message = failureMessage(conflict(reason), subject);
    expect(message.startsWith(`ConflictException ${reason}: `)).toBe(true);
    expect(message).toContain("'orders'");
    expect(message).not.toContain('service says no');
  });

  test.each([
    ['PHONE_NUMBER_ASSOCIATED_TO_POOL', 'is still associated with a pool (service says no), and a phone number can be in one pool only'],
    ['SENDER_ID_ASSOCIATED_TO_POOL', 'is still associated with a pool (service says no); remove it from the pool first'],
    ['RESOURCE_ALREADY_ASSOCIATED', 'is already associated (service says no)'],
    ['RESOURCE_DELETION_NOT_ALLOWED', 'cannot be deleted (service says no)'],
    ['RESOURCE_MODIFICATION_NOT_ALLOWED', 'cannot be changed that way (service says no)'],
  ] as const)('%s names the resource the service names, and keeps the service\'s detail', (reason, advice) => {
    const error = Object.assign(conflict(reason), { ResourceType: 'phone-number', ResourceId: 'phone-123' });
    expect(failureMessage(error, subject)).toContain(`ConflictException ${reason}: phone-number 'phone-123' ${advice}`);
    expect(failureMessage(conflict(reason), subject)).toContain("configuration set 'orders'");
  });

  test.each([
    ['MESSAGE_TYPE_MISMATCH', 'message type'],
    ['OPT_OUT_LIST_MISMATCH', 'opt-out list'],
    ['SELF_MANAGED_OPT_OUTS_MISMATCH', 'self-managed opt-outs setting'],
    ['TWO_WAY_CONFIG_MISMATCH', 'two-way configuration'],
    ['KEYWORD_MISMATCH', 'keywords'],
    ['NUMBER_CAPABILITIES_MISMATCH', 'number capabilities'],
  ] as const)('%s says what of the identity must match the pool', (reason, setting) => {
    expect(failureMessage(conflict(reason), { resourceType: 'pool', id: 'pool-1' })).toBe(`ConflictException ${reason}: an origination identity`
      + ` does not match pool 'pool-1' (service says no): a pool's identities must have its ${setting}; configure the identity like the pool,`
      + ' or leave it out of the pool');
  });

  test('a conflict without advice keeps the service message', () => {
    expect(failureMessage(conflict('VERIFICATION_CODE_EXPIRED'), subject)).toBe('ConflictException VERIFICATION_CODE_EXPIRED: service says no');
  });

  test('a subject\'s own advice for a reason wins over the general one', () => {
    const list: ErrorSubject = { resourceType: 'opt-out list', id: 'orders', conflictHints: { RESOURCE_NOT_EMPTY: (s, e) => `${s.id} is used (${e.message})` } };
    expect(failureMessage(conflict('RESOURCE_NOT_EMPTY'), list)).toBe('ConflictException RESOURCE_NOT_EMPTY: orders is used (service says no)');
    expect(failureMessage(conflict('RESOURCE_NOT_ACTIVE'), list)).toBe("ConflictException RESOURCE_NOT_ACTIVE: opt-out list 'orders' is not active yet; deploy again once it is ACTIVE");
  });

  test.each([
    ['ResourceNotFoundException',
      new ResourceNotFoundException({ message: 'x', $metadata, ResourceType: 'event-destination', ResourceId: 'audit' }),
      "ResourceNotFoundException: event-destination 'audit' was not found; it was deleted outside CloudFormation or never existed"],
    ['our own not-found', notFoundError(subject),
      "ResourceNotFoundException: configuration set 'orders' was not found; it was deleted outside CloudFormation or never existed"],
    ['AccessDeniedException', new AccessDeniedException({ message: 'User is not authorized', $metadata, Reason: 'ACCOUNT_DISABLED' }),
      "AccessDeniedException ACCOUNT_DISABLED: the provider's role was denied (User is not authorized); check its permissions and that the account is enabled for SMS"],
    ['ServiceQuotaExceededException', new ServiceQuotaExceededException({ message: 'limit 25', $metadata, Reason: 'CONFIGURATION_SETS_PER_ACCOUNT' }),
      'ServiceQuotaExceededException CONFIGURATION_SETS_PER_ACCOUNT: a service quota was reached (limit 25); remove unused resources or request a quota increase'],
    ['ValidationException', new ValidationException({
      message: 'bad arn', $metadata, Reason: 'INVALID_ARN', Fields: [{ Name: 'ResourceArn', Message: 'not an ARN' }],
    }), 'ValidationException INVALID_ARN: the service rejected the request (bad arn); fields: ResourceArn: not an ARN'],
    ['ThrottlingException', new ThrottlingException({ message: 'Rate exceeded', $metadata }),
      'ThrottlingException: the service kept throttling requests after every retry; deploy again later'],
    ['an error of our own', new Error('something specific'), 'something specific'],
  ])('%s', (_title, error, expected) => {
    expect(failureMessage(error, subject)).toBe(expected);
  });

  test('is one line', () => {
    expect(failureMessage(new Error('Invalid things:\n  - a\n  - b'))).toBe('Invalid things:; - a; - b');
  });

  test('is cut to MAX_MESSAGE_BYTES, and says so', () => {
    const message = failureMessage(new Error('é'.repeat(5_000)));
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(message).toMatch(/é …\(truncated, see the logs\)$/);
  });
});

describe('conflictFailure', () => {
  test('is the failure the service\'s conflict would give, for a conflict refused before the call', () => {
    const subjectPool: ErrorSubject = { resourceType: 'pool', id: 'pool-123' };
    expect(conflictFailure('DELETION_PROTECTION_ENABLED', subjectPool).message).toBe(failureMessage(conflict('DELETION_PROTECTION_ENABLED'), subjectPool));
  });
});

describe('truncate', () => {
  test.each([
    ['short', 20, 'short'],
    ['x'.repeat(100), 40, `${'x'.repeat(11)} …(truncated, see the logs)`],
    ['🙂'.repeat(20), 40, `${'🙂'.repeat(2)} …(truncated, see the logs)`],
  ])('%s in %i bytes', (text, maxBytes, expected) => {
    const cut = truncate(text, maxBytes);
    expect(cut).toBe(expected);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(maxBytes);
  });
});
