/**
 * The events of aws-cdk-lib's custom-resources Provider framework, as the user handlers see them.
 * (aws-cdk-lib is never imported here: it would be bundled into the Lambda.)
 */
export type RequestType = 'Create' | 'Update' | 'Delete';

/** Resource properties as CloudFormation delivers them: every scalar may arrive as a string. */
export interface RawProperties {
  readonly [key: string]: unknown;
}

export interface OnEventRequest {
  readonly RequestType: RequestType;
  readonly RequestId: string;
  readonly StackId: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly ResourceProperties: RawProperties;
  readonly OldResourceProperties?: RawProperties;
  /** Absent on Create. */
  readonly PhysicalResourceId?: string;
  readonly ResponseURL?: string;
  readonly ServiceToken?: string;
}

export interface OnEventResponse {
  /** Required on Create; on Update and Delete the framework keeps the event's when absent. */
  readonly PhysicalResourceId?: string;
  readonly Data?: ResponseData;
}

/** The onEvent request merged with onEvent's response, as the framework polls it. */
export interface IsCompleteRequest extends OnEventRequest {
  readonly PhysicalResourceId: string;
  readonly Data?: ResponseData;
}

export interface IsCompleteResponse {
  readonly IsComplete: boolean;
  readonly Data?: ResponseData;
}

export interface ResponseData {
  readonly [attribute: string]: string;
}
