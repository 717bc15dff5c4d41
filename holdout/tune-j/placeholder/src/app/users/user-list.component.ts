import { AfterViewInit, Component, OnInit, ViewChild, inject } from '@angular/core';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort } from '@angular/material/sort';
import { MatTableDataSource } from '@angular/material/table';
import { UsersService, type UserRow } from '../core/users.service';

@Component({
  selector: 'app-user-list',
  templateUrl: './user-list.component.html',
  styleUrls: ['./user-list.component.scss'],
})
export class UserListComponent implements OnInit, AfterViewInit {
  private readonly users = inject(UsersService);

  displayedColumns = ['name', 'email', 'role', 'createdAt'];
  dataSource = new MatTableDataSource<UserRow>([]);
  loading = true;

  @ViewChild(MatPaginator) paginator!: MatPaginator;
  @ViewChild(MatSort) sort!: MatSort;

  ngOnInit(): void {
    this.users.list().subscribe((rows) => {
      this.dataSource.data = rows;
      this.loading = false;
    });
  }

  ngAfterViewInit(): void {
    // (rest unchanged)
  }

  applyFilter(value: string): void {
    this.dataSource.filter = value.trim().toLowerCase();
    this.paginator?.firstPage();
  }
}
