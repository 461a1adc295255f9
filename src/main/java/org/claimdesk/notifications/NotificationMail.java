package org.claimdesk.notifications;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends each notification by e-mail too, when the desk is set up for it: SMTP through Spring's mail
 * support ({@code spring.mail.host} ...) and {@code claimdesk.notifications.mail.to}, the address
 * pattern of the desk's people such as {@code {username}@newsroom.example}. Off by default. A
 * failed delivery is logged and never undoes the notification, which stays in the desk.
 */
@Component
class NotificationMail {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMail.class);

  private final @Nullable JavaMailSender sender;
  private final String to;
  private final String from;
  private final String deskAddress;

  NotificationMail(
      ObjectProvider<JavaMailSender> sender,
      @Value("${claimdesk.notifications.mail.to:}") String to,
      @Value("${claimdesk.notifications.mail.from:claimdesk@localhost}") String from,
      @Value("${claimdesk.notifications.mail.desk-address:}") String deskAddress) {
    this.sender = sender.getIfAvailable();
    this.to = to.strip();
    this.from = from.strip();
    this.deskAddress = deskAddress.strip().replaceAll("/+$", "");
    if (!this.to.isEmpty() && !this.to.contains("{username}")) {
      throw new IllegalStateException(
          "claimdesk.notifications.mail.to '"
              + to
              + "' must contain {username}, e.g."
              + " {username}@newsroom.example");
    }
  }

  boolean enabled() {
    return sender != null && !to.isEmpty();
  }

  void send(String recipient, NotificationKind kind, String message, @Nullable Long claimId) {
    if (!enabled()) {
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(to.replace("{username}", recipient.toLowerCase(Locale.ROOT)));
    mail.setSubject("ClaimDesk: " + subject(kind));
    String link =
        claimId == null || deskAddress.isEmpty() ? "" : "\n\n" + deskAddress + "/claims/" + claimId;
    mail.setText(message + link + "\n\n-- \nClaimDesk notifications; read them in the desk too.");
    try {
      sender.send(mail);
    } catch (MailException e) {
      LOG.warn("Could not e-mail a notification to {}: {}", recipient, e.getMessage());
    }
  }

  static String subject(NotificationKind kind) {
    return switch (kind) {
      case ASSIGNED -> "a claim was assigned to you";
      case DUE_TOMORROW -> "an assignment is due tomorrow";
      case OVERDUE -> "an assignment is overdue";
      case HANDED_BACK -> "a claim was handed back";
      case VERDICT_RETURNED -> "your verdict was returned";
      case VERDICT_APPROVED -> "your verdict was approved";
      case VERDICT_PUBLISHED -> "your verdict was published";
      case FOLLOW_UP_DUE -> "a follow-up is due";
    };
  }
}
