"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import { Role } from "@/lib/generated/prisma/enums";
import type { UserListParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";
import { useUserColumns } from "./user-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const roles = Object.values(Role);

const getUserId = (user: UserRow) => user.id;

export function UserTable({ rows, total, params }: { rows: UserRow[]; total: number; params: UserListParams }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const columns = useUserColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getUserId}
      filters={
        <>
          <DataTableFilterSelect
            param="role"
            label={t("role")}
            options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
          />
          <DataTableFilterSelect
            param="active"
            label={t("status")}
            options={[
              { value: "true", label: t("active") },
              { value: "false", label: t("inactive") },
            ]}
          />
        </>
      }
    />
  );
}
