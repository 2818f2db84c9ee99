import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesGuard } from './roles.guard';

/** `useExisting` keeps RolesGuard a provider of its own, so tests can replace it by class. */
@Module({ providers: [RolesGuard, { provide: APP_GUARD, useExisting: RolesGuard }] })
export class AuthModule {}
