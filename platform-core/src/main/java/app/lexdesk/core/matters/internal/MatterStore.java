package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.persistence.RecordStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Matters as the record core edits them. */
@Configuration(proxyBeanMethods = false)
class MatterStore {

    @Bean
    RecordStore mattersRecordStore(MatterRepository matters) {
        return RecordStore.of(RecordKind.MATTER, matters);
    }
}
