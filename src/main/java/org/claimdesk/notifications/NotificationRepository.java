package org.claimdesk.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
