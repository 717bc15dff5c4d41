package worker

import (
	"context"
	"log"
	"sync"
	"time"
)

type Job func(ctx context.Context) error

func RunPool(ctx context.Context, jobs <-chan Job, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for job := range jobs {
				jctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				if err := job(jctx); err != nil {
					log.Printf("worker %d: job failed: %v", id, err)
				}
				cancel()
			}
		}(i)
	}
	wg.Wait()
}
