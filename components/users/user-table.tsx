"use client";

import { useTranslations } from "next-intl";
import { ChoiceFilter, RecordTable, YesNoFilter } from "@/components/records/record-table";
import { Role } from "@/lib/generated/prisma/enums";
import type { UserListParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";
import { useUserColumns } from "./user-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const roles = Object.values(Role);

export function UserTable({ rows, total, params }: { rows: UserRow[]; total: number; params: UserListParams }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  return (
    <RecordTable caption={t("caption")} columns={useUserColumns()} rows={rows} total={total} params={params}>
      <ChoiceFilter param="role" label={t("role")} choices={roles} nameOf={(role) => tRoles(role as never)} />
      <YesNoFilter param="active" label={t("status")} yes={t("active")} no={t("inactive")} />
    </RecordTable>
  );
}
