using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Logistics.Data.Migrations
{
    public partial class AddShipmentsTable : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SHIPMENTS",
                columns: table => new
                {
                    ID = table.Column<long>(type: "NUMBER(19)", nullable: false)
                        .Annotation("Oracle:Identity", "START WITH 1 INCREMENT BY 1"),
                    TRACKING_NO = table.Column<string>(type: "NVARCHAR2(64)", maxLength: 64, nullable: false),
                    SHIPPED_AT = table.Column<DateTime>(type: "TIMESTAMP(7)", nullable: true)
                },
                constraints: table => table.PrimaryKey("PK_SHIPMENTS", x => x.ID));

            migrationBuilder.Sql("CREATE INDEX IX_SHIPMENTS_SHIPPED ON SHIPMENTS (SHIPPED_AT)");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SHIPMENTS");
        }
    }
}
