package piggyback.batch.scaling;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning over RabbitMQ (docs/architecture.md#scaling-out), with
 * {@code piggyback.pipeline.partitioning=remote}. The manager (any process that runs jobs) sends
 * one request per partition to the queue {@code piggyback.pipeline.remote.queue} and polls the job
 * repository until every partition has ended; a process with the worker role consumes the queue,
 * {@code worker-concurrency} partitions at a time, and runs each partition's step against the
 * shared database and object store. A request is acknowledged only when its partition has run, so
 * RabbitMQ hands the partition of a worker that dies to another worker.
 *
 * <p>The worker side is the flow that {@code RemotePartitioningWorkerStepBuilder} would register
 * (a {@link StepExecutionRequestHandler} behind the input channel), written out: the builder
 * registers its flow with auto-startup off and does not wire its {@code chunk(int)} variant
 * (spring-batch#5150), and one queue here serves both worker steps.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "piggyback.pipeline.partitioning", havingValue = "remote")
@EnableIntegration
class RemotePartitioningConfiguration {

    @Bean
    Queue partitionQueue(ScaleOutProperties properties) {
        return new Queue(properties.remote().queue(), true);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    PartitionedSteps remotePartitionedSteps(JobRepository repository, DirectChannel partitionRequests,
                                            ScaleOutProperties properties) {
        return new RemotePartitionedSteps(repository, partitionRequests, properties.remote());
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate amqp,
                                              ScaleOutProperties properties) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequests::toText)
                .handle(Amqp.outboundAdapter(amqp).exchangeName("").routingKey(properties.remote().queue()))
                .get();
    }

    /**
     * The worker side, in processes with the worker role. Component scanning finds this class on
     * its own, so it repeats the outer condition (without it, any Spring Integration in the
     * process would start a listener on a queue that only remote mode declares).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "piggyback.pipeline.partitioning", havingValue = "remote")
    @ConditionalOnExpression("'${piggyback.roles:api,worker}'.toLowerCase().contains('worker')")
    static class Worker {

        @Bean
        IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connections, ScaleOutProperties properties,
                                                    JobRepository repository, BeanFactory beans) {
            // the worker steps are beans named as the manager's requests name them
            BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
            steps.setBeanFactory(beans);
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setJobRepository(repository);
            handler.setStepLocator(steps);
            StillWanted stillWanted = new StillWanted(repository);
            return IntegrationFlow
                    .from(Amqp.inboundAdapter(connections, properties.remote().queue())
                            .configureContainer(container -> container
                                    .concurrentConsumers(properties.remote().workerConcurrency())
                                    // one partition at a time per consumer: the others stay in the
                                    // queue for whichever worker is free first
                                    .prefetchCount(1)
                                    // a request that cannot even be read is dropped, not redelivered forever
                                    .defaultRequeueRejected(false)))
                    .transform(String.class, PartitionRequests::fromText)
                    .filter(StepExecutionRequest.class, stillWanted::test)
                    .handle(handler, "handle")
                    .nullChannel();
        }
    }
}
