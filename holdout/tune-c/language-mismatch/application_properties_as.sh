# Application configuration
spring.profiles.active=prod
server.port=8443
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-type=PKCS12
spring.datasource.url=jdbc:postgresql://db.internal:5432/payments
spring.datasource.username=payments
spring.flyway.enabled=true
spring.flyway.locations=classpath:db/migration
management.server.port=9090
management.endpoint.health.probes.enabled=true
