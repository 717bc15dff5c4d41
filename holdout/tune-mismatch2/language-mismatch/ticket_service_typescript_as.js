import { Injectable } from "@angular/core";
import { HttpClient } from "@angular/common/http";
import { Observable, map } from "rxjs";

export enum Priority {
  Low = "low",
  High = "high",
}

export interface Ticket {
  id: number;
  title: string;
  priority: Priority;
  assignee?: string;
}

@Injectable({ providedIn: "root" })
export class TicketService {
  private readonly baseUrl: string = "/api/tickets";

  constructor(private http: HttpClient) {}

  list(priority?: Priority): Observable<Ticket[]> {
    return this.http
      .get<Ticket[]>(this.baseUrl)
      .pipe(map((items: Ticket[]) => items.filter((t) => !priority || t.priority === priority)));
  }
}
