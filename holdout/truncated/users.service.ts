import { Injectable } from "@angular/core";
import { HttpClient, HttpParams } from "@angular/common/http";
import { Observable, map, shareReplay } from "rxjs";
import type { User } from "./user.model";

interface Page<T> {
  items: T[];
  total: number;
}

@Injectable({ providedIn: "root" })
export class UsersService {
  private readonly baseUrl = "/api/users";

  constructor(private readonly http: HttpClient) {}

  search(term: string, page = 1): Observable<Page<User>> {
    const params = new HttpParams().set("q", term).set("page", page);
    return this.http.get<Page<User>>(this.baseUrl, { params }).