import { useMemo } from "react";
import { DataTable, type Column } from "./DataTable";
import type { User } from "../types";

interface Props {
  users: User[];
  onSelect: (user: User) => void;
}

export function UsersTable({ users, onSelect }: Props) {
  const columns = useMemo<Column<User>[]>(
    () => [
      { key: "name", header: "Name", sortable: true },
      { key: "email", header: "Email" },
      { key: "role", header: "Role", sortable: true },
    ],
    [],
  );

  return (
    <DataTable
      rows={users}
      columns={columns}
      rowKey={(u) => u.id}
      onRowClick={onSelect}
      ...
    />
  );
}
