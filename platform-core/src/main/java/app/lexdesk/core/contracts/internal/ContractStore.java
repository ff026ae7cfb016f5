package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.persistence.RecordStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contracts as the record core edits them. */
@Configuration(proxyBeanMethods = false)
class ContractStore {

    @Bean
    RecordStore contractsRecordStore(ContractRepository contracts) {
        return RecordStore.of(RecordKind.CONTRACT, contracts);
    }
}
