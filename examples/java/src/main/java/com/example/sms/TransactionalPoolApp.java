package com.example.sms;

import java.util.List;
import java.util.Map;

import io.github.cdkendusermessaging.sms.KeywordAction;
import io.github.cdkendusermessaging.sms.KeywordOptions;
import io.github.cdkendusermessaging.sms.MessageType;
import io.github.cdkendusermessaging.sms.NumberCapability;
import io.github.cdkendusermessaging.sms.NumberType;
import io.github.cdkendusermessaging.sms.OptOutList;
import io.github.cdkendusermessaging.sms.PhoneNumber;
import io.github.cdkendusermessaging.sms.Pool;
import io.github.cdkendusermessaging.sms.SenderId;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * A transactional pool made of two phone numbers and a sender ID, sharing one opt-out list, with a
 * keyword, and a function allowed to send from the pool: examples/transactional-pool.ts in Java.
 *
 * <p>Version 2 of the app ({@code cdk deploy -c version=v2}) changes the pool's INFO keyword,
 * declares one more number opted out, and adds a keyword to the pool.
 */
public final class TransactionalPoolApp {
    private TransactionalPoolApp() {
    }

    public static void main(final String[] args) {
        App app = new App();
        boolean v2 = "v2".equals(app.getNode().tryGetContext("version"));
        Stack stack = new Stack(app, "TransactionalPool");

        OptOutList optOuts = OptOutList.Builder.create(stack, "OptOuts")
                .optedOutNumbers(v2 ? List.of("+12065550100", "+12065550101") : List.of("+12065550100"))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        PhoneNumber first = phoneNumber(stack, "First", optOuts);
        PhoneNumber second = phoneNumber(stack, "Second", optOuts);
        SenderId brand = SenderId.Builder.create(stack, "Brand")
                .senderId("MYBRAND")
                .isoCountryCode("US")
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        Pool pool = Pool.Builder.create(stack, "Pool")
                .originationIdentities(List.of(first, second, brand))
                .isoCountryCode("US")
                .messageType(MessageType.TRANSACTIONAL)
                .optOutList(optOuts)
                .keywords(List.of(KeywordOptions.builder()
                        .keyword("INFO")
                        .message(v2 ? "Open 8am-6pm. Reply STOP to opt out." : "Open 9am-5pm. Reply STOP to opt out.")
                        .build()))
                .build();
        if (v2) {
            pool.addKeyword(KeywordOptions.builder()
                    .keyword("JOIN")
                    .message("Welcome back!")
                    .action(KeywordAction.OPT_IN)
                    .build());
        }

        // The function that sends, with a role that may only write its own logs, and send from the pool.
        LogGroup senderLogs = LogGroup.Builder.create(stack, "SenderLogs")
                .retention(RetentionDays.ONE_MONTH)
                .build();
        Role senderRole = Role.Builder.create(stack, "SenderRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .build();
        senderLogs.grantWrite(senderRole);
        Function sender = Function.Builder.create(stack, "Sender")
                .runtime(Runtime.NODEJS_22_X)
                .handler("index.handler")
                .code(Code.fromInline("exports.handler = async () => {};"))
                .environment(Map.of("POOL_ID", pool.getPoolId()))
                .role(senderRole)
                .logGroup(senderLogs)
                .build();
        pool.grantSendTextMessage(sender);

        app.synth();
    }

    private static PhoneNumber phoneNumber(final Stack stack, final String id, final OptOutList optOuts) {
        return PhoneNumber.Builder.create(stack, id)
                .isoCountryCode("US")
                .messageType(MessageType.TRANSACTIONAL)
                .numberCapabilities(List.of(NumberCapability.SMS))
                .numberType(NumberType.SIMULATOR)
                .optOutList(optOuts)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }
}
