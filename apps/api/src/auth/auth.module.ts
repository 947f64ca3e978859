import { Global, Module } from '@nestjs/common';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { SessionViewerResolver } from './session-viewer.resolver';

@Global()
@Module({
  providers: [{ provide: ViewerResolver, useClass: SessionViewerResolver }],
  exports: [ViewerResolver],
})
export class AuthModule {}
