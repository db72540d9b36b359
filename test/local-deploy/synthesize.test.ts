import * as path from 'path';
import { loadStacks } from './stack-source';
import { synthesizeApp } from './synthesize';

const APP = path.join(__dirname, 'fixtures', 'context-app.ts');

describe('synthesizeApp', () => {
  test('returns the stacks of the app, in the order of its assembly, with the context it was given', async () => {
    const stacks = await synthesizeApp(APP, { context: { topicName: 'alerts' } });

    expect(stacks.map(stack => stack.stackName)).toEqual(['First', 'Second']);
    expect(stacks[0].template.Resources.Topic).toMatchObject({ Type: 'AWS::SNS::Topic', Properties: { TopicName: 'alerts' } });
  });

  test('runs the app afresh every time, so another context gives another template', async () => {
    const [first] = await synthesizeApp(APP, { context: { topicName: 'one' } });
    const [second] = await synthesizeApp(APP, { context: { topicName: 'two' } });

    expect(first.template.Resources.Topic.Properties).toEqual({ TopicName: 'one' });
    expect(second.template.Resources.Topic.Properties).toEqual({ TopicName: 'two' });
  });

  test('adds the context the cdk CLI adds, so resources carry their construct path', async () => {
    const [first] = await synthesizeApp(APP);

    expect(first.template.Resources.Topic.Metadata).toEqual({ 'aws:cdk:path': 'First/Topic' });
  });

  test('rejects with the error the app threw', async () => {
    await expect(synthesizeApp(APP, { context: { fail: 'yes' } })).rejects.toThrow(/the app refused to synthesize/);
  });

  test('is what loadStacks does with an entry file', async () => {
    const [first] = await loadStacks(APP, { context: { topicName: 'loaded' } });

    expect(first.template.Resources.Topic.Properties).toEqual({ TopicName: 'loaded' });
  });
});
