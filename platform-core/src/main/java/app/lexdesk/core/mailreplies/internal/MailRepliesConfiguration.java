package app.lexdesk.core.mailreplies.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailRepliesProperties.class)
class MailRepliesConfiguration {
}
