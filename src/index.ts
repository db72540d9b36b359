export * from './constructs/configuration-set';
export * from './constructs/event-destination';
export * from './constructs/event-type';
export * from './constructs/message-type';
export * from './custom-resources/sms-provider';
