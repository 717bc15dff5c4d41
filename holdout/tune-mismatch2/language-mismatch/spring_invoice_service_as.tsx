package com.acme.billing.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.acme.billing.domain.Invoice;
import com.acme.billing.repository.InvoiceRepository;

@Service
public class InvoiceService {

    private final InvoiceRepository repository;

    public InvoiceService(InvoiceRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> findById(Long id) {
        return repository.findById(id);
    }

    @Transactional
    public Invoice markPaid(Long id) {
        Invoice invoice = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No invoice " + id));
        invoice.setStatus(Invoice.Status.PAID);
        return repository.save(invoice);
    }

    public BigDecimal outstandingTotal(List<Invoice> invoices) {
        return invoices.stream()
                .filter(i -> i.getStatus() != Invoice.Status.PAID)
                .map(Invoice::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
