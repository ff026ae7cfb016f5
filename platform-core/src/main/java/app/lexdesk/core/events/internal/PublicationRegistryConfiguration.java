package app.lexdesk.core.events.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The event publication registry as Spring Modulith's JPA starter sets it up, minus two costs it adds to every
 * event, found by profiling {@code SubmissionBenchmark}: its serializer looked the {@link ObjectMapper} bean up again
 * for every event, and completing a publication ran a JPQL bulk delete that Hibernate translates to SQL anew on every
 * call (about half of the listener threads' time). The same rows are written and deleted, in the same transactions,
 * so what the registry guarantees is unchanged: a publication stays until its listener completed, and is published
 * again from there.
 */
@Configuration(proxyBeanMethods = false)
class PublicationRegistryConfiguration {

    /** Serializes events as Modulith's Jackson serializer does, with the application's mapper looked up once. */
    @Bean
    @Primary
    EventSerializer lexdeskEventSerializer(ObjectProvider<ObjectMapper> mappers) {
        Supplier<ObjectMapper> mapper = SingletonSupplier.of(() -> mappers.getIfAvailable(
                () -> new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
        return new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                try {
                    return mapper.get().writeValueAsString(event);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                try {
                    return mapper.get().readerFor(type).readValue(serialized.toString());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Modulith's JPA repository (bean {@code jpaEventPublicationRepository}), but for completing a publication. */
    @Bean
    @Primary
    EventPublicationRepository lexdeskEventPublicationRepository(
            @Qualifier("jpaEventPublicationRepository") EventPublicationRepository jpa, EntityManager entityManager,
            Environment environment) {
        return new NativeCompletion(jpa, entityManager, CompletionMode.from(environment));
    }

    /**
     * Completes a publication of this node (the common case: the registry knows its id) by a native delete or update
     * on its primary key, in the registry's transaction; everything else is Modulith's JPA repository.
     */
    static class NativeCompletion implements EventPublicationRepository {

        private final EventPublicationRepository jpa;
        private final EntityManager entityManager;
        private final CompletionMode completionMode;

        NativeCompletion(EventPublicationRepository jpa, EntityManager entityManager, CompletionMode completionMode) {
            this.jpa = jpa;
            this.entityManager = entityManager;
            this.completionMode = completionMode;
        }

        @Override
        @Transactional
        public void markCompleted(UUID identifier, Instant completionDate) {
            if (completionMode == CompletionMode.DELETE) {
                nativeQuery("delete from event_publication where id = ?1").setParameter(1, identifier)
                        .executeUpdate();
            } else if (completionMode == CompletionMode.UPDATE) {
                nativeQuery("update event_publication set completion_date = ?2 where id = ?1")
                        .setParameter(1, identifier).setParameter(2, completionDate).executeUpdate();
            } else {
                jpa.markCompleted(identifier, completionDate);
            }
        }

        /** A native statement that touches only the registry's table (no flush or cache work for other tables). */
        private NativeQuery<?> nativeQuery(String sql) {
            return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("event_publication");
        }

        @Override
        public TargetEventPublication create(TargetEventPublication publication) {
            return jpa.create(publication);
        }

        @Override
        public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
            jpa.markCompleted(event, identifier, completionDate);
        }

        @Override
        public List<TargetEventPublication> findIncompletePublications() {
            return jpa.findIncompletePublications();
        }

        @Override
        public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
            return jpa.findIncompletePublicationsPublishedBefore(instant);
        }

        @Override
        public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
                PublicationTargetIdentifier targetIdentifier) {
            return jpa.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
        }

        @Override
        public List<TargetEventPublication> findCompletedPublications() {
            return jpa.findCompletedPublications();
        }

        @Override
        public void deletePublications(List<UUID> identifiers) {
            jpa.deletePublications(identifiers);
        }

        @Override
        public void deleteCompletedPublications() {
            jpa.deleteCompletedPublications();
        }

        @Override
        public void deleteCompletedPublicationsBefore(Instant instant) {
            jpa.deleteCompletedPublicationsBefore(instant);
        }
    }
}
