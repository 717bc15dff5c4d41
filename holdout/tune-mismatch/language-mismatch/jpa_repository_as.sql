package com.example.shop.repository;

import com.example.shop.domain.Order;
import com.example.shop.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<Order, Long> {

    Page<Order> findByCustomerIdOrderByCreatedAtDesc(Long customerId, Pageable pageable);

    @Query("select o from Order o where o.status = :status and o.createdAt < :before")
    List<Order> findStale(@Param("status") OrderStatus status, @Param("before") Instant before);

    @Modifying
    @Query(value = "UPDATE orders SET status = 'CANCELLED' WHERE status = 'PENDING' AND created_at < :cutoff",
           nativeQuery = true)
    int cancelStalePending(@Param("cutoff") Instant cutoff);

    @Query("select sum(o.totalCents) from Order o where o.customer.id = :customerId and o.status = com.example.shop.domain.OrderStatus.PAID")
    Long lifetimeValue(@Param("customerId