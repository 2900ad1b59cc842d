-- Shared by every module.
create extension if not exists pgcrypto;
