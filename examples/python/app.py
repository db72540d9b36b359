#!/usr/bin/env python3
"""A transactional pool made of two phone numbers and a sender ID, sharing one opt-out list, with
a keyword, and a function allowed to send from the pool: examples/transactional-pool.ts in Python.

Version 2 of the app (`cdk deploy -c version=v2`) changes the pool's INFO keyword, declares one more
number opted out, and adds a keyword to the pool.
"""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from cdk_end_user_messaging_sms import (
    KeywordAction,
    KeywordOptions,
    MessageType,
    NumberCapability,
    NumberType,
    OptOutList,
    PhoneNumber,
    Pool,
    SenderId,
)

app = cdk.App()
v2 = app.node.try_get_context("version") == "v2"
stack = cdk.Stack(app, "TransactionalPool")

opt_outs = OptOutList(
    stack,
    "OptOuts",
    opted_out_numbers=["+12065550100", "+12065550101"] if v2 else ["+12065550100"],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)


def phone_number(construct_id: str) -> PhoneNumber:
    return PhoneNumber(
        stack,
        construct_id,
        iso_country_code="US",
        message_type=MessageType.TRANSACTIONAL,
        number_capabilities=[NumberCapability.SMS],
        number_type=NumberType.SIMULATOR,
        opt_out_list=opt_outs,
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )


first = phone_number("First")
second = phone_number("Second")
brand = SenderId(stack, "Brand", sender_id="MYBRAND", iso_country_code="US", removal_policy=cdk.RemovalPolicy.DESTROY)

pool = Pool(
    stack,
    "Pool",
    origination_identities=[first, second, brand],
    iso_country_code="US",
    message_type=MessageType.TRANSACTIONAL,
    opt_out_list=opt_outs,
    keywords=[
        KeywordOptions(
            keyword="INFO",
            message="Open 8am-6pm. Reply STOP to opt out." if v2 else "Open 9am-5pm. Reply STOP to opt out.",
        )
    ],
)
if v2:
    pool.add_keyword(keyword="JOIN", message="Welcome back!", action=KeywordAction.OPT_IN)

# The function that sends, with a role that may only write its own logs, and send from the pool.
sender_logs = logs.LogGroup(stack, "SenderLogs", retention=logs.RetentionDays.ONE_MONTH)
sender_role = iam.Role(stack, "SenderRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
sender_logs.grant_write(sender_role)
sender = lambda_.Function(
    stack,
    "Sender",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => {};"),
    environment={"POOL_ID": pool.pool_id},
    role=sender_role,
    log_group=sender_logs,
)
pool.grant_send_text_message(sender)

app.synth()
