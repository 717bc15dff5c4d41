package worker

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

type Job func(ctx context.Context) error

type Pool struct {
	jobs    chan Job
	wg      sync.WaitGroup
	workers int
}

func NewPool(workers, buffer int) *Pool {
	return &Pool{jobs: make(chan Job, buffer), workers: workers}
}

func (p *Pool) Start(ctx context.Context) {
	for i := 0; i < p.workers; i++ {
		p.wg.Add(1)
		go func(id int) {
			defer p.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case job, ok := <-p.jobs:
					if !ok {
						return
					}
					start := time.Now()
					if err := job(ctx); err != nil {
						slog.Error("job failed", "worker", id, "err", err)
					}
					slog.Debug("job done", "worker", id, "took", time.Since(