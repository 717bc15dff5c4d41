CREATE TABLE [lab].[Result] (
    [ResultId]      BIGINT IDENTITY(1,1) NOT NULL,
    [SampleId]      BIGINT NOT NULL,
    [TestCode]      VARCHAR(20) NOT NULL,
    [Value]         DECIMAL(18, 6) NULL
    [Unit]          NVARCHAR(20) NULL,
    [ResultedAt]    DATETIME2(0) NOT NULL,
    CONSTRAINT [PK_Result] PRIMARY KEY CLUSTERED ([ResultId])
);
GO

CREATE NONCLUSTERED INDEX [IX_Result_Sample]
    ON [lab].[Result] ([SampleId]) INCLUDE ([TestCode], [Value]);
GO
