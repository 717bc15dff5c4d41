import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from "@nestjs/common";
import { Observable, of, tap } from "rxjs";

@Injectable()
export class CacheInterceptor implements NestInterceptor {
  private readonly store = new Map<string, { value: unknown; expires: number }>();

  constructor(private readonly ttlMs = 30_000) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    if (req.method !== "GET") return next.handle();

    const key = req.originalUrl;
    const hit = this.store.get(key);
    if (hit && hit.expires > Date.now()) return of(hit.value);

    return next.handle().pipe(
      tap((value) => this.store.set(key, { value, expires: Date.now() + this.ttlMs })),
    );
  }
}

Hope this helps!
