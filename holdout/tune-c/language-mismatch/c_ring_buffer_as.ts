/* ring_buffer.c - fixed-size byte ring buffer for the UART driver */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RB_SIZE 256

typedef struct {
    uint8_t data[RB_SIZE];
    volatile size_t head;
    volatile size_t tail;
} ring_buffer_t;

void rb_init(ring_buffer_t *rb) {
    rb->head = 0;
    rb->tail = 0;
}

bool rb_push(ring_buffer_t *rb, uint8_t byte) {
    size_t next = (rb->head + 1) % RB_SIZE;
    if (next == rb->tail) {
        return false; /* full */
    }
    rb->data[rb->head] = byte;
    rb->head = next;
    return true;
}

bool rb_pop(ring_buffer_t *rb, uint8_t *out) {
    if (rb->head == rb->tail) {
        return false;