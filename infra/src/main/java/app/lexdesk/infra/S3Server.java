package app.lexdesk.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/** An S3 API server: S3Proxy 2.6 with a filesystem backend, as a child process. */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "lexdesk";
    static final String SECRET_KEY = "lexdesk-dev-secret";
    static final String BUCKET = "lexdesk";
    static final String REGION = "us-east-1";

    private final Path baseDir;
    private final Path runDir;
    private final int port;
    private ChildProcess process;

    S3Server(Path baseDir, Path runDir, int port) {
        this.baseDir = baseDir;
        this.runDir = runDir;
        this.port = port;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    S3Server start() {
        Ports.requireFree("S3Proxy", port);
        try {
            Files.createDirectories(baseDir.resolve("blobs"));
            Path properties = baseDir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + baseDir.resolve("blobs"),
                    ""));
            process = ChildProcess.start("s3proxy",
                    List.of(Distributions.javaExecutable().toString(), "-Xmx256m", "-jar",
                            Distributions.s3ProxyJar().toString(), "--properties", properties.toString()),
                    Map.of(), baseDir, baseDir.resolve("s3proxy.log"), runDir, "TERM");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Ports.awaitListening("S3Proxy", port, Duration.ofMinutes(1), process);
        createBucket();
        return this;
    }

    private void createBucket() {
        try (S3Client s3 = client()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
                s3.createBucket(b -> b.bucket(BUCKET));
            }
        } catch (BucketAlreadyOwnedByYouException e) {
            // created by an earlier run
        }
    }

    /** A client configured as the application's storage settings say it must be against S3Proxy. */
    S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
