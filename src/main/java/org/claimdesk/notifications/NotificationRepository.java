package org.claimdesk.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  List<Notification> findByRecipientAndReadAtIsNull(String recipient);

  boolean existsByOnceKey(String onceKey);

  @Modifying
  @Query("delete from Notification n where n.createdAt < :before")
  int deleteOlderThan(@Param("before") Instant before);
}
