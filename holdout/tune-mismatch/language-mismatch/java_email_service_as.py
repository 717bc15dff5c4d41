package com.example.notifications;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class EmailService {
    private static final Logger log = LoggerFactory.getLogger(EmailService.class);

    private final JavaMailSender mailSender;
    private final TemplateRenderer renderer;

    public EmailService(JavaMailSender mailSender, TemplateRenderer renderer) {
        this.mailSender = mailSender;
        this.renderer = renderer;
    }

    @Async
    public CompletableFuture<Void> send(String to, String template, Map<String, Object> model) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to);
        message.setSubject(renderer.subject(template, model));
        message.setText(renderer.body(template, model));
        try {
            mailSender.send(message);
        } catch (Exception e) {
            log.error("Failed to send {} to {}", template, to, e);
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.completedFuture(null);
    }
}
