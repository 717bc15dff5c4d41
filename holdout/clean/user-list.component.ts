import { ChangeDetectionStrategy, Component, EventEmitter, Input, Output, inject } from "@angular/core";
import { AsyncPipe, NgFor, NgIf } from "@angular/common";
import type { Observable } from "rxjs";
import { UserService, type User } from "./user.service";

@Component({
  selector: "app-user-list",
  standalone: true,
  imports: [NgFor, NgIf, AsyncPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul *ngIf="users$ | async as users; else loading">
      <li *ngFor="let user of users; trackBy: trackById" (click)="selected.emit(user)">
        {{ user.name }} <small>{{ user.email }}</small>
      </li>
    </ul>
    <ng-template #loading>Loading...</ng-template>
  `,
})
export class UserListComponent {
  private readonly userService = inject(UserService);

  @Input({ required: true }) teamId!: string;
  @Output() readonly selected = new EventEmitter<User>();

  users$!: Observable<User[]>;

  ngOnInit(): void {
    this.users$ = this.userService.listByTeam(this.teamId);
  }

  trackById(_index: number, user: User): string {
    return user.id;
  }
}
